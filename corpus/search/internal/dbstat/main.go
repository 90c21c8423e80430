// Command dbstat prints the space each table and index of a search index
// takes, to see where the bytes go.
package main

import (
	"database/sql"
	"fmt"
	"os"
	"time"

	_ "modernc.org/sqlite"
)

func main() {
	db, err := sql.Open("sqlite", os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer db.Close()
	if len(os.Args) > 2 && os.Args[2] == "-vocab" {
		vocab(db)
		return
	}
	if len(os.Args) > 2 {
		explain(db, os.Args[2])
		return
	}
	rows, err := db.Query(`SELECT name, SUM(pgsize), SUM(unused) FROM dbstat GROUP BY name ORDER BY 2 DESC`)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	defer rows.Close()
	for rows.Next() {
		var name string
		var size, unused int64
		if err := rows.Scan(&name, &size, &unused); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		fmt.Printf("%-20s %8.1f MB (unused %.1f MB)\n", name, float64(size)/1e6, float64(unused)/1e6)
	}
}

// explain prints the query plan and the time of a candidate query for a
// MATCH expression.
func explain(db *sql.DB, expr string) {
	q := `SELECT p.doc, d.article, p.idx, p.field, p.lang, d.published, p.text, coalesce(p.ents, '')
		FROM fts f JOIN para p ON p.id = f.rowid JOIN doc d ON d.id = p.doc
		WHERE fts MATCH ? ORDER BY f.rowid DESC LIMIT 257`
	rows, err := db.Query("EXPLAIN QUERY PLAN "+q, expr)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	for rows.Next() {
		var id, parent, unused int
		var detail string
		rows.Scan(&id, &parent, &unused, &detail)
		fmt.Println(detail)
	}
	rows.Close()
	for i := 0; i < 3; i++ {
		t0 := time.Now()
		rows, err := db.Query(q, expr)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return
		}
		n := 0
		for rows.Next() {
			n++
		}
		rows.Close()
		fmt.Println(n, "rows", time.Since(t0))
	}
}

// vocab times a full scan of the FTS5 vocabulary (terms and document counts).
func vocab(db *sql.DB) {
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(`CREATE VIRTUAL TABLE temp.v USING fts5vocab(main, fts, 'row')`); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	t0 := time.Now()
	var n, big int
	if err := db.QueryRow(`SELECT count(*), sum(doc > 1000) FROM temp.v`).Scan(&n, &big); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	fmt.Println(n, "terms,", big, "in more than 1000 rows:", time.Since(t0))
}
