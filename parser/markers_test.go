package parser

import "testing"

func TestJoinBrokenNumber(t *testing.T) {
	for _, tc := range []struct {
		first, next, want string // want "" when not joined
	}{
		{"II.", "1", "II.1"},
		{"III.1.", "2", "III.1.2"},
		{"1.", "3", "1.3"},
		{"II", "1", ""},                   // no dot: a section, then its first task
		{"II.", "Đội ngũ giảng viên", ""}, // the title
		{"II.", "2.", ""},                 // the next row's number
		{"II.", "123", ""},                // an amount
		{"Quý II.", "1", ""},              // no number alone
		{"a.", "1", ""},                   // a letter's sub-task has no dotted form
	} {
		got, ok := joinBrokenNumber(tc.first, tc.next)
		if !ok {
			got = ""
		}
		if got != tc.want {
			t.Errorf("joinBrokenNumber(%q, %q) = %q, want %q", tc.first, tc.next, got, tc.want)
		}
	}
}

func TestParseMarker(t *testing.T) {
	for _, tc := range []struct {
		in     string
		ok     bool
		kind   markerKind
		number string
		rest   string
	}{
		{"1", true, markTask, "1", ""},
		{"12.", true, markTask, "12", ""},
		{"1 Duy trì và thực hiện", true, markTask, "1", "Duy trì và thực hiện"},
		{"1. Tổ chức", true, markTask, "1", "Tổ chức"},
		{"2030 chiếm 15% tổng", false, 0, "", ""},
		{"1560/QĐ-TTg của Thủ tướng", false, 0, "", ""},
		{"2025", false, 0, "", ""},
		{"IV", true, markRoman, "IV", ""},
		{"V Rà soát, bổ sung", true, markRoman, "V", "Rà soát, bổ sung"},
		{"I. NÂNG CAO NHẬN THỨC", true, markRoman, "I", "NÂNG CAO NHẬN THỨC"},
		{"III.1", true, markSubsection, "III.1", ""},
		{"III.1.2 Tên", true, markSubsection, "III.1.2", "Tên"},
		{"1.1", true, markTask, "1.1", ""},
		{"a", true, markLetter, "a", ""},
		{"đ)", true, markLetter, "đ", ""},
		{"b Tên", true, markLetter, "b", "Tên"},
		{"A", true, markPart, "A", ""},
		{"C. PHẦN", true, markPart, "C", "PHẦN"},
		{"IIII", false, 0, "", ""},
		{"Các sở", false, 0, "", ""},
		{"1..", false, 0, "", ""},
		{"0", false, 0, "", ""},
		{"4.500", false, 0, "", ""},          // an amount, thousands grouped
		{"12.000.000", false, 0, "", ""},     // so is this
		{"2.15", true, markTask, "2.15", ""}, // a task numbered past ten under its own
	} {
		m, ok := parseMarker(tc.in)
		if ok != tc.ok || ok && (m.kind != tc.kind || m.number != tc.number || m.rest != tc.rest) {
			t.Errorf("parseMarker(%q) = %+v, %v; want %v %q %q, %v", tc.in, m, ok, tc.kind, tc.number, tc.rest, tc.ok)
		}
	}
}

func TestRomanValue(t *testing.T) {
	for in, want := range map[string]int{"I": 1, "IV": 4, "IX": 9, "XIV": 14, "XXXIX": 39, "IIII": 0, "VX": 0, "": 0, "C": 0, "i": 0} {
		if got := romanValue(in); got != want {
			t.Errorf("romanValue(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestIsBulletStart(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"- Tiếp tục cân đối", true}, {"– Đơn giản hóa", true}, {"+ Tăng cường", true}, {"• Mục", true},
		{"- xã hội tại địa phương", false}, {"-2030 (hoàn", false}, {"Sở", false}, {"-", false},
	} {
		if got := isBulletStart(tc.in); got != tc.want {
			t.Errorf("isBulletStart(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestStartsCell(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"Duy trì", true}, {"2025", true}, {"\"Vì người nghèo\"", true}, {"- Tiếp tục", true},
		{"chiếm 15%", false}, {"- xã hội", false},
	} {
		if got := startsCell(tc.in); got != tc.want {
			t.Errorf("startsCell(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// A roman numeral printed again is a mistake within a letter part, and
// the sections' numbering starting over under the next part.
func TestNumberingRepeatsRoman(t *testing.T) {
	n := numbering{}
	steps := []struct {
		in      string
		repeats bool
	}{
		{"A", false}, {"I", false}, {"1", false}, {"I", true}, {"II", false},
		{"B", false}, {"I", false}, {"I", true},
	}
	for _, s := range steps {
		m, _ := parseMarker(s.in)
		if got := n.repeatsRoman(m); got != s.repeats {
			t.Errorf("after %+v: repeatsRoman(%q) = %v, want %v", n, s.in, got, s.repeats)
		}
		n.advance(m)
	}
}

func TestNumberingPlausible(t *testing.T) {
	n := numbering{}
	steps := []struct {
		in   string
		want bool
	}{
		{"I", true}, {"1", true}, {"2", true}, {"2", false}, {"a", true}, {"c", false}, {"b", true},
		{"3", true}, {"7", false}, {"II", true}, {"IV", false}, {"II", true}, {"1", true}, {"III", true},
		{"III.1", true}, {"II.1", false}, {"A", true}, {"C", false},
	}
	for _, s := range steps {
		m, _ := parseMarker(s.in)
		got := n.plausible(m)
		if got != s.want {
			t.Errorf("after %+v: plausible(%q) = %v, want %v", n, s.in, got, s.want)
		}
		if got {
			n.advance(m)
		}
	}
}

func TestPageNumberValue(t *testing.T) {
	for _, tc := range []struct {
		in   string
		n    int
		want bool
	}{
		{"2", 2, true}, {"- 3 -", 3, true}, {"Trang 4", 4, true}, {"12345", 0, false}, {"II", 0, false}, {"0", 0, false},
		{"– Trang 1234 –", 1234, true}, {"- -  Trang  12  - -", 12, true}, {"2 Xây dựng kế hoạch số 12", 0, false}, {"- Trang -", 0, false},
		{"2030", 0, false}, {"1999", 0, false}, {"1899", 0, false}, {"2100", 0, false}, {"999", 999, true}, // a title's year wrapped onto a line of its own
		{"02", 0, false}, {"- 02 -", 0, false}, {"10", 10, true}, // a count ("02" / "khóa đào tạo"), not a page
	} {
		n, ok := pageNumberValue(tc.in)
		if ok != tc.want || n != tc.n {
			t.Errorf("pageNumberValue(%q) = %d, %v; want %d, %v", tc.in, n, ok, tc.n, tc.want)
		}
	}
}

func TestStartsLower(t *testing.T) {
	for in, want := range map[string]bool{"xã hội": true, "- xã hội": true, "– đơn vị": true, "Sở": false, "- Tiếp tục": false, "2025": false, "": false} {
		if got := startsLower(in); got != want {
			t.Errorf("startsLower(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestContinuesLine(t *testing.T) {
	for in, want := range map[string]bool{"xã hội": true, ", đặc khu": true, ") năm 2025": true, "; Sở Tư pháp": true, "(hoàn thành trong quý III/2025)": true, "(Kèm theo)": false, "Sở": false, "- Tiếp tục": false, "(1) Sở": false, "2025": false, "": false,
		"Công an)": true, "an) và Sở": true, "2) Sở Y tế": false, "(Bộ Công an)": false, // a bracket closed that the line did not open
		"Giêng": true, "Chạp năm Bính Thìn": true, "Giêng,": true, "Giếng": false} { // a lunar month named after "tháng" on the line above
		if got := continuesLine(in); got != want {
			t.Errorf("continuesLine(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestParseNumberCell(t *testing.T) {
	for _, tc := range []struct {
		in     string
		kind   markerKind
		number string
		ok     bool
	}{
		{"-", markDash, "-", true}, {"+", markDash, "+", true}, {"•", markDash, "•", true},
		{"2", markTask, "2", true}, {"a)", markLetter, "a", true},
		{"- Tiếp tục", markNone, "", false}, {"--", markNone, "", false}, {"=", markNone, "", false},
	} {
		m, ok := parseNumberCell(tc.in)
		if ok != tc.ok || m.kind != tc.kind || m.number != tc.number {
			t.Errorf("parseNumberCell(%q) = %v %q %v, want %v %q %v", tc.in, m.kind, m.number, ok, tc.kind, tc.number, tc.ok)
		}
	}
}

func TestBracketDepths(t *testing.T) {
	for _, tc := range []struct {
		in        string
		low, end  int
		open, cls bool
	}{
		{"Sở Y tế", 0, 0, false, false},
		{"cứu hộ (Bộ", 0, 1, true, false},
		{"Công an)", -1, -1, false, true},
		{"(Bộ Công an)", 0, 0, false, false},
		{"a) Sở (Bộ", 0, 1, true, false},      // a sub-task's marker closes nothing
		{"(1) Sở; 2) Bộ", 0, 0, false, false}, // nor a list's
		{"quý II) và (quý", -1, 0, false, true},
	} {
		low, end := bracketDepths(tc.in)
		if low != tc.low || end != tc.end || leavesBracketOpen(tc.in) != tc.open || closesUnopened(tc.in) != tc.cls {
			t.Errorf("bracketDepths(%q) = %d, %d (open %v, closes %v), want %d, %d (%v, %v)", tc.in, low, end,
				leavesBracketOpen(tc.in), closesUnopened(tc.in), tc.low, tc.end, tc.open, tc.cls)
		}
	}
}

func TestIsListMarker(t *testing.T) {
	for in, want := range map[string]bool{"a)": true, "đ)": true, "(1)": true, "2)": true, "12)": true, "(a)": true,
		"an)": false, "123)": false, "(1": false, "Sở": false, ")": false} {
		if got := isListMarker(in); got != want {
			t.Errorf("isListMarker(%q) = %v, want %v", in, got, want)
		}
	}
}
