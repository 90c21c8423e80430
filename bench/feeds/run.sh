#!/usr/bin/env bash
# Refresh benchmark: time and peak RSS of storing a generated N-item RSS
# file, Rosetta beside newsboat, on the same file.
#
#   bench/feeds/run.sh [N...]            # default: 10000 100000
#   ROSETTA_REFRESH="rosetta refresh" bench/feeds/run.sh 10000
#
# ROSETTA_REFRESH is the command that stores the feed file given as its last
# argument into $XDG_DATA_HOME/rosetta/rosetta.db (default: the tiny driver
# in bench/feeds/driver). RUNS sets the repetitions per tool (default 3).
# Needs: go, /usr/bin/time, awk, python3 (to count stored rows), newsboat.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
runs=${RUNS:-3}

go build -o "$work/gen" ./bench/feeds/gen
if [[ -z "${ROSETTA_REFRESH:-}" ]]; then
	go build -o "$work/driver" ./bench/feeds/driver
	ROSETTA_REFRESH="$work/driver"
fi

count() { # count DB TABLE
	python3 -c 'import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute("select count(*) from "+sys.argv[2]).fetchone()[0])' "$1" "$2"
}

# measure LABEL DB TABLE CMD...: one run; prints "label wall_s cpu_s peak_MB rows"
measure() {
	local label=$1 db=$2 table=$3
	shift 3
	/usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >"$work/out" 2>&1 || {
		echo "$label failed:" >&2
		cat "$work/out" >&2
		return 1
	}
	read -r wall user sys kb <"$work/time"
	printf '%-9s %8.2f %8.2f %9.1f %8s\n' "$label" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" \
		"$(awk -v k="$kb" 'BEGIN { print k / 1024 }')" "$(count "$db" "$table")"
}

# cpu_s (user + system) is steadier than wall_s on a busy machine.
printf '%-9s %8s %8s %9s %8s\n' tool wall_s cpu_s peak_MB rows
for n in ${@:-10000 100000}; do
	feed=$work/feed-$n.xml
	"$work/gen" -n "$n" -o "$feed"
	echo "# $n items, $(du -h "$feed" | cut -f1) of RSS"
	for ((i = 1; i <= runs; i++)); do
		home=$work/rosetta-$n-$i
		mkdir -p "$home"
		# shellcheck disable=SC2086 # ROSETTA_REFRESH may hold arguments
		measure rosetta "$home/data/rosetta/rosetta.db" articles \
			env XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" HOME="$home" $ROSETTA_REFRESH "$feed"
	done
	if command -v newsboat >/dev/null; then
		for ((i = 1; i <= runs; i++)); do
			home=$work/newsboat-$n-$i
			mkdir -p "$home"
			echo "file://$feed" >"$home/urls"
			: >"$home/config"
			measure newsboat "$home/cache.db" rss_item \
				env HOME="$home" XDG_CONFIG_HOME="$home/config.d" XDG_DATA_HOME="$home/data" \
				newsboat -u "$home/urls" -c "$home/cache.db" -C "$home/config" -x reload
		done
	fi
done
