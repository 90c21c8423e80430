package entity

import (
	"path/filepath"
	"testing"
)

func TestTrainLocal(t *testing.T) {
	typed, untyped := evalFile(t, filepath.Join(sharedData, "masakhaner_swa", "train.txt"), "sw", 20, perOrgLoc)
	t.Logf("train typed %v / untyped %v", typed, untyped)
}
