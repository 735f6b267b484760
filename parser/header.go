package parser

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"annex/model"
)

// headerToken is one word of the table header: as printed, and as matched
// (capitals, punctuation stripped, slashes split: "Nội dung/nhiệm vụ" reads
// as NỘI DUNG NHIỆM VỤ).
type headerToken struct {
	text      string
	key       string
	lineStart bool // first word of its line
	sentence  bool // its line has lowercase letters (headers set in sentence case)
	line      int  // index of its line among the header's lines
	col       int  // the column parseHeader put it in
}

// headPhrase is a run of header words that starts a column and names its
// role. A column's header is its head phrase plus the words after it up to
// the next head ("THỜI GIAN" + "THỰC HIỆN").
type headPhrase struct {
	words []string
	role  string
}

// headVocabulary is generic Vietnamese table-header vocabulary, longest
// phrases first so that "ĐƠN VỊ PHỐI HỢP" wins over a bare "PHỐI HỢP". A
// phrase is matched as a header's opening ("THỜI GIAN" of "Thời gian hoàn
// thành dự kiến"); the longer common headers are listed too, so that a
// header's lower lines are known as its words where neighbouring headers
// run on (stackHeader).
var headVocabulary = buildVocabulary(map[string][]string{
	model.RoleNumber: {"STT", "TT", "SỐ TT", "SỐ THỨ TỰ"},
	model.RoleContent: {"NỘI DUNG NHIỆM VỤ", "NỘI DUNG CÔNG VIỆC", "NỘI DUNG THỰC HIỆN", "NỘI DUNG HOẠT ĐỘNG", "NỘI DUNG",
		"TÊN NHIỆM VỤ", "NHIỆM VỤ", "CÔNG VIỆC", "TÊN ĐỀ ÁN", "TÊN CÔNG VIỆC", "TÊN CHƯƠNG TRÌNH", "HOẠT ĐỘNG",
		"TÊN VĂN BẢN", "TÊN DỰ ÁN", "TÊN HOẠT ĐỘNG", "CÁC NHIỆM VỤ"},
	model.RoleLead: {"ĐƠN VỊ CHỦ TRÌ", "CƠ QUAN CHỦ TRÌ", "CƠ QUAN ĐƠN VỊ CHỦ TRÌ", "CHỦ TRÌ",
		"ĐƠN VỊ THỰC HIỆN", "CƠ QUAN THỰC HIỆN", "ĐƠN VỊ CHỦ TRÌ THỰC HIỆN", "CƠ QUAN CHỦ TRÌ THỰC HIỆN",
		"ĐƠN VỊ ĐẦU MỐI", "CƠ QUAN ĐẦU MỐI", "ĐƠN VỊ TRIỂN KHAI", "CƠ QUAN SOẠN THẢO", "ĐƠN VỊ SOẠN THẢO",
		"CƠ QUAN CHỦ TRÌ SOẠN THẢO", "ĐƠN VỊ CHỦ TRÌ SOẠN THẢO",
		"CƠ QUAN THAM MƯU", "ĐƠN VỊ THAM MƯU", "CƠ QUAN CHỦ TRÌ THAM MƯU", "ĐƠN VỊ CHỦ TRÌ THAM MƯU", // a Party committee's advising body
		"CƠ QUAN PHỤ TRÁCH", "ĐƠN VỊ PHỤ TRÁCH",
		"CƠ QUAN CHỊU TRÁCH NHIỆM", "ĐƠN VỊ CHỊU TRÁCH NHIỆM",
		"BỘ PHẬN CHỦ TRÌ", "BỘ PHẬN THỰC HIỆN", "BỘ PHẬN PHỤ TRÁCH", // a commune's units ("Bộ phận Một cửa")
		"CƠ QUAN ĐƠN VỊ THỰC HIỆN", "CƠ QUAN ĐƠN VỊ PHỤ TRÁCH", "CƠ QUAN ĐƠN VỊ ĐẦU MỐI", "CHỦ TRÌ THỰC HIỆN",
		"PHÒNG CHỦ TRÌ", "PHÒNG ĐƠN VỊ CHỦ TRÌ", "PHÒNG ĐƠN VỊ THỰC HIỆN", "PHÒNG THỰC HIỆN", // a department's own plan
		"KHOA CHỦ TRÌ", "KHOA THỰC HIỆN", "KHOA PHÒNG CHỦ TRÌ", "KHOA PHÒNG THỰC HIỆN", // a hospital's ("Khoa, phòng thực hiện")
		"ĐƠN VỊ ĐỊA PHƯƠNG CHỦ TRÌ", "CƠ QUAN ĐỊA PHƯƠNG CHỦ TRÌ", "SỞ NGÀNH CHỦ TRÌ", "LỰC LƯỢNG CHỦ TRÌ",
		"LỰC LƯỢNG THỰC HIỆN", // a police or militia plan's force ("Công an xã")
		"ĐỊA PHƯƠNG CHỦ TRÌ", "ĐỊA PHƯƠNG THỰC HIỆN", "NGƯỜI THỰC HIỆN", "NGƯỜI PHỤ TRÁCH", "CÁ NHÂN THỰC HIỆN", "CÁ NHÂN PHỤ TRÁCH", "CÁ NHÂN CHỦ TRÌ",
		"ĐƠN VỊ TỔ CHỨC", "CƠ QUAN TỔ CHỨC", // who holds an event
		"TRÁCH NHIỆM THỰC HIỆN", "PHÂN CÔNG THỰC HIỆN", // who answers for it, alone or over "Chủ trì" | "Phối hợp"
		"NGƯỜI CHỊU TRÁCH NHIỆM", "CHỦ THỂ THỰC HIỆN", "CƠ QUAN THƯỜNG TRỰC",
		"ĐƠN VỊ ĐƯỢC GIAO", "CƠ QUAN ĐƯỢC GIAO", "ĐƠN VỊ ĐẢM NHẬN", "CƠ QUAN ĐẢM NHẬN",
		"CHỦ ĐẦU TƯ"}, // who carries out a project of public investment
	model.RoleCoordinating: {"ĐƠN VỊ PHỐI HỢP", "CƠ QUAN PHỐI HỢP", "CƠ QUAN ĐƠN VỊ PHỐI HỢP", "PHỐI HỢP",
		"BỘ PHẬN PHỐI HỢP", "PHÒNG PHỐI HỢP", "PHÒNG ĐƠN VỊ PHỐI HỢP", "ĐƠN VỊ ĐỊA PHƯƠNG PHỐI HỢP",
		"KHOA PHỐI HỢP", "KHOA PHÒNG PHỐI HỢP",
		"CƠ QUAN ĐỊA PHƯƠNG PHỐI HỢP", "SỞ NGÀNH PHỐI HỢP", "LỰC LƯỢNG PHỐI HỢP", "ĐỊA PHƯƠNG PHỐI HỢP",
		"NGƯỜI PHỐI HỢP", "ĐƠN VỊ THAM GIA", "CƠ QUAN THAM GIA", "CƠ QUAN ĐƠN VỊ THAM GIA", "CÁC ĐƠN VỊ PHỐI HỢP",
		"CÁC CƠ QUAN PHỐI HỢP", "ĐƠN VỊ PHỐI HỢP THỰC HIỆN", "CƠ QUAN PHỐI HỢP THỰC HIỆN", "PHỐI HỢP THỰC HIỆN"},
	model.RoleDeliverable: {"SẢN PHẨM", "KẾT QUẢ", "HÌNH THỨC SẢN PHẨM", "HÌNH THỨC VĂN BẢN", "HÌNH THỨC",
		"SẢN PHẨM DỰ KIẾN", "SẢN PHẨM ĐẦU RA", "KẾT QUẢ DỰ KIẾN", "KẾT QUẢ ĐẦU RA", "DỰ KIẾN SẢN PHẨM", "DỰ KIẾN KẾT QUẢ",
		"LOẠI VĂN BẢN", "KẾT QUẢ CẦN ĐẠT", "KẾT QUẢ ĐẠT ĐƯỢC", "YÊU CẦU ĐẠT ĐƯỢC", "YÊU CẦU CẦN ĐẠT"},
	model.RoleTimeframe: {"THỜI GIAN", "THỜI HẠN", "TIẾN ĐỘ", "THỜI ĐIỂM", "MỐC THỜI GIAN",
		"THỜI GIAN THỰC HIỆN", "THỜI GIAN HOÀN THÀNH", "THỜI HẠN HOÀN THÀNH", "THỜI GIAN TRIỂN KHAI",
		"THỜI GIAN DỰ KIẾN HOÀN THÀNH", "TIẾN ĐỘ THỰC HIỆN", "TIẾN ĐỘ HOÀN THÀNH", "LỘ TRÌNH", "LỘ TRÌNH THỰC HIỆN",
		"THỜI GIAN TRÌNH", "THỜI HẠN TRÌNH", "DỰ KIẾN THỜI GIAN", "HẠN HOÀN THÀNH",
		"MỐC HOÀN THÀNH",
		"THỜI GIAN BẮT ĐẦU"}, // a start's column beside the end's: known, so that "bắt đầu" / "hoàn thành" run on below stack on their own heads ("Thời gian kết thúc" is not: "Thời gian Kết" / "quả" would read as one head)
	model.RoleFunding: {"NGUỒN KINH PHÍ", "KINH PHÍ", "NGUỒN VỐN", "DỰ TOÁN KINH PHÍ", "DỰ KIẾN KINH PHÍ", "KINH PHÍ DỰ KIẾN", "KINH PHÍ DỰ TOÁN",
		"KINH PHÍ THỰC HIỆN", "NGUỒN KINH PHÍ THỰC HIỆN", "DỰ TOÁN",
		"MỨC ĐẦU TƯ", "VỐN ĐẦU TƯ"}, // a project's cost ("Tổng mức đầu tư" as "Tổng kinh phí": headWithin)
	model.RoleNote: {"GHI CHÚ"},
	model.KeyExtra: {"NGƯỜI ĐỨNG ĐẦU", "NGƯỜI ĐỨNG ĐẦU CHỊU TRÁCH NHIỆM", "LÃNH ĐẠO PHỤ TRÁCH", "CHỈ TIÊU", "ĐỊA ĐIỂM",
		"ĐỊA BÀN", "ĐỊA BÀN THỰC HIỆN", // a place ("Các thôn"), not who carries the task out
		"LĨNH VỰC",                  // a task's field ("Đất đai", "Thuế"), often before the content: known, so that a narrow column's "Lĩnh" / "vực" stacks as one head
		"QUY MÔ",                    // a model's or a work's scale ("50 ha", "20 lớp"): known, so that a narrow column's "Quy" / "mô" stacks as one head
		"CHỈ SỐ", "CHỈ SỐ ĐÁNH GIÁ", // a measure's column: known, "Chỉ" alone wants "số", where pdftotext set the lower words far right of it
		"CĂN CỨ", "MỤC TIÊU",
		"CẤP BAN HÀNH", "CƠ QUAN BAN HÀNH", "CẤP TRÌNH", "CƠ QUAN TRÌNH",
		"ĐƠN VỊ TÍNH"}, // a measure's unit ("ha", "người"), no body: known, so that it is never read as the lead (leadByName)
})

func buildVocabulary(m map[string][]string) []headPhrase {
	var out []headPhrase
	for role, phrases := range m {
		for _, p := range phrases {
			out = append(out, headPhrase{strings.Fields(p), role})
		}
	}
	// Longest first, then alphabetical, so matching is deterministic.
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && phraseBefore(out[j], out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

func phraseBefore(a, b headPhrase) bool {
	if len(a.words) != len(b.words) {
		return len(a.words) > len(b.words)
	}
	return strings.Join(a.words, " ") < strings.Join(b.words, " ")
}

// headerKey returns the matching form of one printed header word, which may
// split in several ("nội dung/nhiệm" → NỘI DUNG NHIỆM).
func headerKeys(word string) []string {
	word = strings.ToUpper(word)
	keys := strings.FieldsFunc(word, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '&'
	})
	if len(keys) > 0 {
		if head, rest, ok := gluedNumberHead(keys[0]); ok {
			keys = append([]string{head, rest}, keys[1:]...)
		}
	}
	return keys
}

// gluedNumberHead splits a number column's head run together with the
// next column's first head word ("STTNỘI" of "STTNỘI DUNG NHIỆM VỤ"): a
// number column narrower than its bold "STT" lets the head run over into
// the next cell, and the text then has no space between them.
func gluedNumberHead(key string) (head, rest string, ok bool) {
	for _, h := range numberHeads {
		if r, found := strings.CutPrefix(key, h); found && headWords[r] {
			return h, r, true
		}
	}
	return "", "", false
}

// numberHeads holds the number column's one-word head phrases ("STT",
// "TT").
var numberHeads = func() []string {
	var out []string
	for _, p := range headVocabulary {
		if p.role == model.RoleNumber && len(p.words) == 1 {
			out = append(out, p.words[0])
		}
	}
	return out
}()

// tokenizeHeader splits header lines into tokens, a word broken over two
// lines joined (mendBrokenWords).
func tokenizeHeader(lines []line) []headerToken { return mendBrokenWords(headerTokens(lines)) }

// headerTokens splits header lines into tokens as printed.
func headerTokens(lines []line) []headerToken {
	var toks []headerToken
	for li, l := range lines {
		sentence := hasLower(l.text)
		for i, w := range strings.Fields(l.text) {
			keys := headerKeys(w)
			if len(keys) == 0 {
				keys = []string{""}
			}
			for j, k := range keys {
				t := headerToken{key: k, lineStart: i == 0 && j == 0, sentence: sentence, line: li}
				if j == 0 {
					t.text = w
				}
				toks = append(toks, t)
			}
		}
	}
	return toks
}

// headWords holds every word of headVocabulary.
var headWords = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range headVocabulary {
		for _, w := range p.words {
			m[w] = true
		}
	}
	return m
}()

// mendBrokenWords joins a header word broken over two lines: a column
// narrower than a bold header word wraps it inside the word ("Sản phẩ" /
// "m dự kiến"). The last word of a line and the first of the next are
// joined when neither is a header word and together they are one.
func mendBrokenWords(toks []headerToken) []headerToken {
	out := toks[:0]
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if i+1 < len(toks) && brokenHeadWord(t, toks[i+1]) {
			t.key += toks[i+1].key
			t.text += toks[i+1].text
			i++
		}
		out = append(out, t)
	}
	return out
}

// brokenHeadWord reports whether a, the last word of a header line, and b,
// the first of the next, are the two parts of one header word: together a
// head word, or b the end of a broken word (brokenInsideWord: "TRÁC" /
// "H").
func brokenHeadWord(a, b headerToken) bool {
	if !b.lineStart || b.line != a.line+1 || a.text == "" || b.text == "" {
		return false
	}
	return splitsHeadKey(a.key, b.key) || brokenInsideWord(a.text, b.text)
}

// isLoneConsonant reports whether w is one consonant letter, which no
// Vietnamese word is: every syllable has a vowel.
func isLoneConsonant(w string) bool {
	r, n := utf8.DecodeRuneInString(w)
	if n != len(w) || !unicode.IsLetter(r) {
		return false
	}
	base, _ := utf8.DecodeRuneInString(norm.NFD.String(string(unicode.ToLower(r))))
	return !strings.ContainsRune("aeiouy", base)
}

// endsWithLetter reports whether w ends with a letter.
func endsWithLetter(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return unicode.IsLetter(r)
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// matchHead returns the longest head phrase starting at toks[i].
func matchHead(toks []headerToken, i int) (headPhrase, bool) {
	for _, p := range headVocabulary {
		if i+len(p.words) > len(toks) {
			continue
		}
		ok := true
		for j, w := range p.words {
			if toks[i+j].key != w {
				ok = false
				break
			}
		}
		if ok {
			return p, true
		}
	}
	return headPhrase{}, false
}

// startsUnknownColumn reports whether an unmatched header word begins a
// column of its own: in a sentence-case header each cell starts its line
// with a capital ("Người đứng đầu chịu" / "trách nhiệm"), while a wrapped
// header cell goes on in lowercase ("Thời gian hoàn" / "thành").
func startsUnknownColumn(t headerToken) bool {
	if !t.lineStart || !t.sentence || t.text == "" {
		return false
	}
	r := []rune(t.text)[0]
	return unicode.IsUpper(r)
}

// abbreviationGoesOn reports whether a line of a sentence-case header
// opening with an abbreviation ("UBND", "HĐND") goes on the unknown head
// before it: an abbreviation is capitalised wherever it stands, so its
// capital tells nothing of a cell's start, and a head the vocabulary does
// not know wraps over one ("Lãnh đạo" / "UBND tỉnh" / "phụ trách").
func abbreviationGoesOn(t headerToken) bool {
	return t.sentence && isCodeWord(t.text) && !isDigits(t.text)
}

// goesOnUnknownHead reports whether a head phrase opening at t goes on
// the column before it, which opened with words no phrase matched: a
// sentence-case header cell names its role after words of its own
// ("Trách nhiệm chủ trì", "Đơn vị được giao" / "chủ trì", "Tổng kinh
// phí"), and a phrase that opens in lowercase goes on the cell's words
// before it, where one that opens a column of its own is capitalised.
func goesOnUnknownHead(t headerToken) bool {
	if !t.sentence || t.text == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsLower(r)
}

// splitFromWord reports whether t was split from the printed word before
// it (headerKeys: "Người/bộ" reads as NGƯỜI BỘ): a column does not open
// inside a word, so a head phrase opening there ("BỘ PHẬN CHỦ TRÌ" of
// "Người/bộ phận chủ trì", the person or the part who leads) names the
// column the word opened, alternatives parted by the slash.
func splitFromWord(t headerToken) bool { return t.text == "" }

// goesOnHeadBefore reports whether a head phrase opening at t goes on
// the column whose head stands before it on the same line: in a
// sentence-case header each cell's head opens with a capital, so a
// phrase opening in lowercase inside a line ("Nội dung hoạt động", "Cơ
// quan chủ trì, phối hợp") names more of that cell, not a column of its
// own. A lowercase word opening a line may be a wrapped cell's next
// line in column-aligned text, which lines up its cells' heads side by
// side, and is left to the other rules.
func goesOnHeadBefore(t headerToken) bool {
	return !t.lineStart && goesOnUnknownHead(t)
}

// headWithin returns the head phrase a header cell's tokens hold after an
// opening the vocabulary does not know ("Trách nhiệm chủ trì", "Tổng
// kinh phí"), for a cell none opens (matchHead at 0). Only the roles
// that a cell's own words may qualify: a content or number phrase inside
// another head ("Mã số nhiệm vụ") names no content, which is found by its
// place (contentByPlace).
func headWithin(toks []headerToken) (headPhrase, bool) {
	for j := 1; j < len(toks); j++ {
		if p, ok := matchHead(toks, j); ok && qualifiedRoles[p.role] {
			return p, true
		}
	}
	return headPhrase{}, false
}

// qualifiedRoles are the roles headWithin finds inside a head.
var qualifiedRoles = map[string]bool{model.RoleLead: true, model.RoleCoordinating: true, model.RoleDeliverable: true,
	model.RoleTimeframe: true, model.RoleFunding: true}

// listsSameHead reports whether a head phrase of role opening at t, after
// prev, the last word of a column's header so far whose role is cur, goes
// on naming that column: one cell's header may give two names of its
// role, parted by a list separator ("Kết quả, sản phẩm", "Thời
// gian/tiến độ", "Sản phẩm và kết quả"), while two columns of one role
// never stand side by side with a separator between their headers.
func listsSameHead(prev, t headerToken, cur, role string) bool {
	return cur == role && role != model.KeyExtra && separatesNames(prev, t)
}

// separatesNames reports whether a list separator stands between two
// header words: prev ends in one ("quả,") or is one ("và"), or t was
// split from prev's word at one inside it ("gian/tiến").
func separatesNames(prev, t headerToken) bool {
	return t.text == "" || strings.HasSuffix(prev.text, ",") || strings.HasSuffix(prev.text, "/") ||
		strings.HasSuffix(prev.text, ";") || headListWords[prev.key]
}

// headListWords join two names in one header cell.
var headListWords = map[string]bool{"VÀ": true, "HOẶC": true}

// parseHeader turns the header tokens into columns, or reports that they do
// not look like an annex table header (fewer than minHeaderRoles known roles,
// or no content column).
func parseHeader(toks []headerToken) ([]model.Column, bool) {
	var cols []model.Column
	var words [][]string
	var unknownCols []bool // per column, whether words no head phrase matched opened it
	unknown := false       // the last column opened with words no head phrase matched
	for i := 0; i < len(toks); {
		p, ok := matchHead(toks, i)
		goesOn := ok && len(cols) > 0 && !unknown && goesOnHeadBefore(toks[i])
		if goesOn || ok && !(i > 0 && len(cols) > 0 && listsSameHead(toks[i-1], toks[i], cols[len(cols)-1].Key, p.role)) {
			switch {
			case goesOn:
				// "Nội dung hoạt động": one column's head, whatever roles its words name
			case unknown && (goesOnUnknownHead(toks[i]) || splitFromWord(toks[i])):
				cols[len(cols)-1].Key = p.role     // "Trách nhiệm" / "chủ trì": the head's own words after an opening no phrase knows
				unknown = p.role == model.KeyExtra // "Tên chỉ tiêu," / "nhiệm vụ": still no role of its own
			default:
				cols = append(cols, model.Column{Key: p.role})
				words = append(words, nil)
				unknownCols = append(unknownCols, false)
				unknown = false
			}
			var w []string
			for j := 0; j < len(p.words); j++ {
				if toks[i+j].text != "" {
					w = append(w, toks[i+j].text)
				}
			}
			words[len(words)-1] = append(words[len(words)-1], w...)
			for j := range p.words {
				toks[i+j].col = len(cols) - 1
			}
			i += len(p.words)
			continue
		}
		if len(cols) == 0 || startsUnknownColumn(toks[i]) && !(unknown && abbreviationGoesOn(toks[i])) {
			cols = append(cols, model.Column{Key: model.KeyExtra})
			words = append(words, nil)
			unknownCols = append(unknownCols, true)
			unknown = true
		}
		if toks[i].text != "" {
			words[len(words)-1] = append(words[len(words)-1], toks[i].text)
		}
		toks[i].col = len(cols) - 1
		i++
	}
	cols, words = placeSubHeads(cols, words, toks, unknownCols)
	roles := map[string]bool{}
	for i := range cols {
		cols[i].Header = strings.Join(words[i], " ")
		if cols[i].Key != model.KeyExtra && roles[cols[i].Key] {
			cols[i].Key = model.KeyExtra // a second column of the same role keeps its header under extra
		}
		roles[cols[i].Key] = true
	}
	return cols, namesTable(cols, roles)
}

// placeSubHeads puts the sub-heads of a header of two rows where they
// stand. Cell-block text gives a header row by row: the top row's heads
// left to right, the group's name among them ("Đơn vị thực hiện" over the
// unit columns), then the second row's sub-heads ("Chủ trì", "Phối hợp");
// or, read cell by cell, the group's name right before its sub-heads.
// When a lead's and a coordinating head stand side by side and no other
// column names the coordinating units, they are the group's sub-heads
// if a lead column stands before them: right before them, its name is
// the group's and no column's (a table has one lead column); at the
// header's end, they take the place of the group's name, which is the
// lead column before them, or else the unknown column right after the
// content. A group's name the vocabulary does not know, right after the
// content and right before bare sub-heads, is the group's too
// (unknownGroupAt). toks' columns follow, the group's name in none. Any
// other header comes back as it is.
func placeSubHeads(cols []model.Column, words [][]string, toks []headerToken, unknownCols []bool) ([]model.Column, [][]string) {
	n := len(cols)
	s := subHeadsAt(cols)
	if n < 4 || s < 0 {
		return cols, words
	}
	g := -1
	for i, c := range cols[:s] {
		if c.Key == model.RoleLead {
			g = i
			break
		}
	}
	if g < 0 && unknownGroupAt(cols, words, unknownCols, s) {
		g = s - 1
	}
	var order []int
	switch {
	case g >= 0 && g+1 == s: // the group's name, then its sub-heads
		order = append(seq(0, g), seq(g+1, n)...)
	case s != n-2:
		return cols, words
	default:
		if g < 0 {
			for i := 1; i < n-2; i++ {
				if cols[i-1].Key == model.RoleContent && cols[i].Key == model.KeyExtra {
					g = i
				}
			}
		}
		if g < 0 || g+1 == n-2 {
			return cols, words // no group, or the sub-heads follow it already
		}
		order = append(append(append([]int{}, seq(0, g)...), n-2, n-1), seq(g+1, n-2)...)
	}
	where := make([]int, n) // a column's new index
	where[g] = -1           // the group's name spans its sub-heads: it is no one column's
	for to, from := range order {
		where[from] = to
	}
	newCols, newWords := make([]model.Column, 0, n-1), make([][]string, 0, n-1)
	for _, from := range order {
		newCols, newWords = append(newCols, cols[from]), append(newWords, words[from])
	}
	for i := range toks {
		if toks[i].col >= 0 && toks[i].col < n {
			toks[i].col = where[toks[i].col]
		}
	}
	return newCols, newWords
}

// unknownGroupAt reports whether the column before the sub-heads at s
// (subHeadsAt) names their group though no head phrase knows it
// ("Trách nhiệm", "Phân công" over "Chủ trì" | "Phối hợp"): it opened
// with unknown words (unknownCols) that name who answers for the work
// (groupHeadWords), stands right after the content, and the sub-heads are
// the bare role words a group's second row holds. Cell-block text gives
// such a header in the same order as a column of its own before bare
// unit heads ("Quy mô" | "Chủ trì" | "Phối hợp"), which only the words
// tell apart: taken for a group, that column's cells went on its
// neighbours' (17 of 36 fields wrong in a rendering made to try it).
func unknownGroupAt(cols []model.Column, words [][]string, unknownCols []bool, s int) bool {
	return s >= 2 && s-1 < len(unknownCols) && unknownCols[s-1] && cols[s-1].Key == model.KeyExtra &&
		cols[s-2].Key == model.RoleContent && namesGroup(words[s-1]) &&
		bareHead(words[s], "CHỦ TRÌ") && bareHead(words[s+1], "PHỐI HỢP")
}

// namesGroup reports whether a header opens with words that name who
// answers for the work (groupHeadWords), a group's name over its units.
func namesGroup(words []string) bool {
	return len(words) >= 2 && groupHeadWords[strings.ToUpper(words[0]+" "+words[1])]
}

// groupHeadWords open the names of a group of unit columns that the
// vocabulary has no head phrase for ("Trách nhiệm", "Phân công nhiệm
// vụ"; "Trách nhiệm" alone as a lead phrase split "Trách nhiệm chủ trì").
var groupHeadWords = map[string]bool{"TRÁCH NHIỆM": true, "PHÂN CÔNG": true}

// bareHead reports whether a column's header words are head, and no more.
func bareHead(words []string, head string) bool {
	return strings.ToUpper(strings.Join(words, " ")) == head
}

// subHeadsAt returns where a lead's head stands right before a
// coordinating one, the only coordinating head of cols, or -1.
func subHeadsAt(cols []model.Column) int {
	s := -1
	for i, c := range cols {
		if c.Key != model.RoleCoordinating {
			continue
		}
		if s >= 0 || i == 0 || cols[i-1].Key != model.RoleLead {
			return -1
		}
		s = i - 1
	}
	return s
}

// seq returns the integers from a up to b, b left out.
func seq(a, b int) []int {
	var out []int
	for i := a; i < b; i++ {
		out = append(out, i)
	}
	return out
}

// namesTable reports whether columns cols, whose roles are roles, head an
// annex's table: they name the content and at least minHeaderRoles known
// roles besides the number. A content head the vocabulary does not know
// is found by its place first (contentByPlace), which updates cols and
// roles.
func namesTable(cols []model.Column, roles map[string]bool) bool {
	if i := leadByName(cols, roles); i >= 0 {
		cols[i].Key = model.RoleLead
		roles[model.RoleLead] = true
	}
	if i := contentByPlace(cols, roles); i >= 0 {
		cols[i].Key = model.RoleContent
		delete(roles, model.KeyExtra)
		for _, c := range cols {
			roles[c.Key] = true
		}
	}
	known := 0
	for r := range roles {
		if r != model.KeyExtra && r != model.RoleNumber {
			known++
		}
	}
	return known >= minHeaderRoles && roles[model.RoleContent]
}

// contentByPlace returns the index of the column that holds the tasks
// when its head is one the vocabulary does not know ("Việc cần làm",
// "Tên chỉ tiêu"), or -1: the column right after the number's, in a
// table that names its lead unit and no content. Every annex sets its
// tasks there, and without a content column the table would not be found
// at all; an unknown head elsewhere stays an extra column.
func contentByPlace(cols []model.Column, roles map[string]bool) int {
	if roles[model.RoleContent] || !roles[model.RoleLead] || len(cols) < 2 {
		return -1
	}
	if cols[0].Key != model.RoleNumber || cols[1].Key != model.KeyExtra {
		return -1
	}
	return 1
}

// leadByName returns the index of the column that names the units
// carrying the tasks out when its head is one the vocabulary does not
// know ("Cơ quan chuẩn bị", "Đơn vị được phân công"), or -1: in a table
// that names no lead, the first column read as extra whose head opens
// with a body's word (unitHeadOpenings) and is no extra head the
// vocabulary knows ("Cơ quan ban hành", "Đơn vị tính"). A plan always
// says who carries a task out, and a body's name over a column is that;
// without it the units would sit under extra, the lead empty.
func leadByName(cols []model.Column, roles map[string]bool) int {
	if roles[model.RoleLead] {
		return -1
	}
	for i, c := range cols {
		if c.Key == model.KeyExtra && namesBodies(c.Header) {
			return i
		}
	}
	return -1
}

// unitHeadOpenings are the words a column's head opens with when it names
// bodies: "Cơ quan …", "Đơn vị …", "Bộ phận …".
var unitHeadOpenings = [][]string{{"CƠ", "QUAN"}, {"ĐƠN", "VỊ"}, {"BỘ", "PHẬN"}}

// namesBodies reports whether header opens with a body's word
// (unitHeadOpenings) and is no head phrase the vocabulary knows.
func namesBodies(header string) bool {
	toks := tokenizeHeader([]line{{text: header}})
	if _, known := matchHead(toks, 0); known {
		return false
	}
	for _, w := range unitHeadOpenings {
		if len(toks) >= len(w) && slices.EqualFunc(toks[:len(w)], w, func(t headerToken, k string) bool { return t.key == k }) {
			return true
		}
	}
	return false
}

// minHeaderRoles is how many known cell roles a header must name besides the
// number: content plus at least one of lead, coordinating, time …; a table
// that names fewer is some other table.
const minHeaderRoles = 2

// headerFloors returns, for each column parseHeader found in toks, the
// width of the widest header line that holds only that column's words, or
// 0. A header cell wraps at its column's width like any cell, so a line of
// it that fits shows the column is at least that wide: evidence that does
// not depend on how the rows are cut, where width learning on a short
// table can settle on widths its own wrong cuts taught it. Header text is
// often bold, wider than the metrics say, so the floor errs low.
func headerFloors(lines []line, toks []headerToken, ncols int) []float64 {
	floors := make([]float64, ncols)
	for i, c := range headerLineColumns(lines, toks) {
		if c >= 0 && c < ncols {
			floors[c] = max(floors[c], float64(textWidth(lines[i].text)))
		}
	}
	return floors
}

// headerCaps returns, for each column parseHeader found in toks, how wide
// its header's wrapped lines say it is at most (headerCap of each run of
// lines holding only its words), or 0 where they say nothing: the bound
// headerFloors' evidence has above it.
func headerCaps(lines []line, toks []headerToken, ncols int) []float64 {
	caps := make([]float64, ncols)
	colOf := headerLineColumns(lines, toks)
	for i := 0; i < len(lines); {
		c, j := colOf[i], i+1
		for j < len(lines) && colOf[j] == c {
			j++
		}
		if c >= 0 && c < ncols {
			if w := headerCap(lines[i:j]); w > 0 && (caps[c] == 0 || w < caps[c]) {
				caps[c] = w
			}
		}
		i = j
	}
	return caps
}

// headerLineColumns returns the one column whose words each header line
// holds: -1 for a line holding two columns' words, -2 for one holding none.
func headerLineColumns(lines []line, toks []headerToken) []int {
	colOf := make([]int, len(lines))
	for i := range colOf {
		colOf[i] = -2
	}
	for _, t := range toks {
		switch colOf[t.line] {
		case -2:
			colOf[t.line] = t.col
		case t.col:
		default:
			colOf[t.line] = -1
		}
	}
	return colOf
}

// headerLineCount returns how many lines from lines[i] hold header words and
// nothing else: the header ends at the first line that starts a row.
func isHeaderLine(l line) bool {
	if opensTable(l.text) {
		return false
	}
	if isColumnNumberRow(l.text) {
		return false
	}
	return true
}

// joinHeader joins a header cell's lines as a title's are (joinTitle),
// and without a space where a line broke a head word inside it ("NGƯỜ" /
// "I": splitsHeadWord).
func joinHeader(lines []line) string {
	texts := make([]string, len(lines))
	for i, l := range lines {
		texts[i] = l.text
	}
	return joinLines(texts, func(prev, next string) bool {
		return joinsWithoutSpace(prev, next) || splitsHeadWord(lastWord(prev), firstWord(next))
	})
}

// splitsHeadWord reports whether words a and b are the two parts of one
// head word broken inside by a narrow column (splitsHeadKey of their keys).
func splitsHeadWord(a, b string) bool {
	ka, kb := headerKeys(a), headerKeys(b)
	return len(ka) == 1 && len(kb) == 1 && splitsHeadKey(ka[0], kb[0])
}

// splitsHeadKey reports whether header keys a and b are the two parts of
// one head word: neither is a header word, together they are one ("NGƯỜ"
// + "I", "PHẨ" + "M").
func splitsHeadKey(a, b string) bool {
	return !headWords[a] && !headWords[b] && headWords[a+b]
}

// endsBrokenHeadWord reports whether line l, one word alone, ends a head
// word that the header line before it broke ("NGƯỜ" / "I"): a column
// narrower than a bold head word wraps it inside the word, and a tail
// such as "I" reads as a row number that would end the header there.
func endsBrokenHeadWord(prev, l line) bool {
	fs, ps := strings.Fields(l.text), strings.Fields(prev.text)
	if len(fs) != 1 || len(ps) == 0 {
		return false
	}
	return splitsHeadWord(ps[len(ps)-1], fs[0])
}

// opensTable reports whether text starts with a row number that may be a
// table's first ("I", "A", "1 …"; "II" or "8" where the table is taken up
// part-way: opensExcerpt): a lone "H" under a header's "TRÁC" is the end
// of a head word broken by a narrow column, no eighth part, and a lone "V"
// or "M" may be such an end too, where "II" or "IV" is not.
func opensTable(text string) bool {
	m, ok := parseMarker(text)
	return ok && (m.kind == markTask || new(numbering).plausible(m) || m.kind == markRoman && len(m.number) > 1)
}

// isColumnNumberRow reports whether a line is (part of) the row of column
// numbers printed under some headers: "(1)", "(2) (3)", "1 2 3 4 5 6".
func isColumnNumberRow(text string) bool {
	if !strings.HasPrefix(text, "(") {
		return false
	}
	fs := strings.Fields(text)
	if len(fs) == 0 {
		return false
	}
	for _, f := range fs {
		if len(f) < 3 || f[0] != '(' || f[len(f)-1] != ')' || !isDigits(f[1:len(f)-1]) {
			return false
		}
	}
	return true
}

// brokenColumnNumbers reports whether text is a line of the row of column
// numbers whose narrow number column broke a number before its ")": its
// fields are whole numbers "(2)" and broken ones "(1", and next is the
// line of the broken ones' ")" alone. A lone "(1" must have the row's
// next number after its ")" (after), since a cell may wrap "(1" / ")" too.
func brokenColumnNumbers(text, next, after string) bool {
	fs := strings.Fields(text)
	broken := 0
	for _, f := range fs {
		switch {
		case len(f) >= 3 && f[0] == '(' && f[len(f)-1] == ')' && isDigits(f[1:len(f)-1]):
		case len(f) >= 2 && f[0] == '(' && isDigits(f[1:]):
			broken++
		default:
			return false
		}
	}
	closers := strings.Fields(next)
	if broken == 0 || len(closers) != broken {
		return false
	}
	for _, c := range closers {
		if c != ")" {
			return false
		}
	}
	return len(fs) > 1 || isColumnNumberRow(after)
}

// columnNumberLookahead is how many lines columnNumberLen reads: a line of
// numbers broken before their ")", the line of ")", and the next row's
// numbers that a lone "(1" must have after it.
const columnNumberLookahead = 3

// columnNumberLen returns how many lines from texts[i] on are the row of
// column numbers: 1 for a line of whole numbers (isColumnNumberRow), 2
// for a line of them broken before their ")" and the line of ")" under it
// (brokenColumnNumbers), else 0.
func columnNumberLen(texts []string, i int) int {
	if isColumnNumberRow(texts[i]) {
		return 1
	}
	at := func(j int) string {
		if j < len(texts) {
			return texts[j]
		}
		return ""
	}
	if i+1 < len(texts) && brokenColumnNumbers(texts[i], texts[i+1], at(i+2)) {
		return 2
	}
	return 0
}

// columnNumbersAt is columnNumberLen for lines from lines[i] on: how many
// of them are the row of column numbers, whole or broken before its ")".
func columnNumbersAt(lines []line, i int) int {
	if !strings.HasPrefix(lines[i].text, "(") {
		return 0 // either form opens with "(": most lines do not
	}
	texts := make([]string, 0, columnNumberLookahead)
	for _, l := range lines[i:min(i+columnNumberLookahead, len(lines))] {
		texts = append(texts, l.text)
	}
	return columnNumberLen(texts, 0)
}

// headerKeysOf flattens header lines into their matching keys, as
// printed: a repeated header is matched line by line against the first
// one's keys, and a word broken over two lines must then stay two keys.
func headerKeysOf(lines []line) []string {
	var keys []string
	for _, t := range headerTokens(lines) {
		keys = append(keys, t.key)
	}
	return keys
}

// isHolderHeader reports whether c is an extra column of the office
// holders answerable ("Người đứng đầu chịu trách nhiệm", "Lãnh đạo phụ
// trách", a Party plan's "Đồng chí phụ trách"): its cells, not the
// lead's, open with titles.
func isHolderHeader(c model.Column) bool {
	if c.Key != model.KeyExtra {
		return false
	}
	return headMentions(c.Header, "ĐỨNG ĐẦU", "LÃNH ĐẠO", "ĐỒNG CHÍ")
}
