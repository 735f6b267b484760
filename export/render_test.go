package export

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"annex/model"
)

// TestWorkbookRendersInLibreOffice converts the seed's workbook to PDF with
// LibreOffice and checks, with pdftotext, that the text of every task is on
// the printed pages: no cell cut off, no row too short. Skipped cleanly when
// soffice, its spreadsheet module or pdftotext is missing (install
// libreoffice-calc-nogui and poppler-utils to run it).
func TestWorkbookRendersInLibreOffice(t *testing.T) {
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice not installed")
	}
	if !hasCalc(soffice) {
		t.Skip("soffice has no spreadsheet module (LibreOffice Calc) to open a workbook")
	}
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext not installed")
	}
	if testing.Short() {
		t.Skip("short mode")
	}
	p := corpusPlans(t)["../seeds/000_a1139260fa9e1465.txt"]
	data, err := MarshalXLSX(p, XLSXOptions{})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	xlsx := filepath.Join(dir, "plan.xlsx")
	if err := os.WriteFile(xlsx, data, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(soffice, "--headless", "--norestore", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "pdf", "--outdir", dir, xlsx)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	text, err := exec.Command("pdftotext", "-raw", filepath.Join(dir, "plan.pdf"), "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	// Compared without white space: a line may break after a hyphen.
	printed := strings.Join(strings.Fields(string(text)), "")
	p.Walk(func(it *model.Item, _ []*model.Item) {
		texts := []string{it.Title}
		for _, c := range it.Cells {
			texts = append(texts, c.Text)
		}
		for _, s := range texts {
			// A cell is drawn in one piece: all of its text, in order.
			if s = strings.Join(strings.Fields(s), ""); !strings.Contains(printed, s) {
				t.Errorf("item %s: %q is not whole on the printed pages", it.Number, s)
			}
		}
	})
}

// hasCalc reports whether the LibreOffice that soffice starts can open a
// spreadsheet: a LibreOffice installed for documents only (Writer) cannot,
// and fails every workbook alike. Calc's core library lies beside the
// soffice program.
func hasCalc(soffice string) bool {
	real, err := filepath.EvalSymlinks(soffice)
	if err != nil {
		return false
	}
	libs, _ := filepath.Glob(filepath.Join(filepath.Dir(real), "libsclo.*"))
	return len(libs) > 0
}
