package parser

import "sync"

// arena hands out slices of one backing array, so that the search's tables,
// made and dropped for every pass of every row, cost no allocation once the
// array is large enough. Slices taken after a mark must not be used after
// release to it: the caller that marks owns them all.
type arena[T any] struct {
	buf []T
	off int
}

// minArena is the length of an arena's first backing array.
const minArena = 1 << 8

// take returns n zeroed elements.
func (a *arena[T]) take(n int) []T {
	if a.off+n > len(a.buf) {
		// Slices still in use keep the old array alive; new ones come from
		// a larger array.
		a.buf, a.off = make([]T, max(2*len(a.buf), n, minArena)), 0
	}
	s := a.buf[a.off : a.off+n : a.off+n]
	a.off += n
	clear(s)
	return s
}

// arenaMark is a point to release an arena back to.
type arenaMark[T any] struct {
	base *T // the backing array the mark was made in
	off  int
}

func (a *arena[T]) mark() arenaMark[T] { return arenaMark[T]{a.base(), a.off} }

func (a *arena[T]) base() *T {
	if len(a.buf) == 0 {
		return nil
	}
	return &a.buf[0]
}

// release returns everything taken since m; nothing taken since may be
// used. After the array was replaced, the new one is emptied: what was
// taken from it was taken after m.
func (a *arena[T]) release(m arenaMark[T]) {
	if a.base() == m.base {
		a.off = m.off
	} else {
		a.off = 0
	}
}

// scratch holds the arenas of the splitter's search tables, and of the
// rows' width-free line costs (lineCostsOf), which last the whole parse:
// marks and releases leave those alone.
type scratch struct {
	f    arena[float64]
	fs   arena[[]float64]
	st   arena[step]
	sts  arena[[]step]
	n    arena[int]
	ns   arena[[]int]
	cuts arena[cut]

	starts arena[startCost]
	conts  arena[contCost]
	ends   arena[float64]
}

type scratchMark struct {
	f    arenaMark[float64]
	fs   arenaMark[[]float64]
	st   arenaMark[step]
	sts  arenaMark[[]step]
	n    arenaMark[int]
	ns   arenaMark[[]int]
	cuts arenaMark[cut]
}

func (s *scratch) mark() scratchMark {
	return scratchMark{s.f.mark(), s.fs.mark(), s.st.mark(), s.sts.mark(), s.n.mark(), s.ns.mark(), s.cuts.mark()}
}

func (s *scratch) release(m scratchMark) {
	s.f.release(m.f)
	s.fs.release(m.fs)
	s.st.release(m.st)
	s.sts.release(m.sts)
	s.n.release(m.n)
	s.ns.release(m.ns)
	s.cuts.release(m.cuts)
}

// scratchPool keeps the search tables' arrays between parses: a parse
// grows them to its longest row's needs, and the next parse, most often of
// an annex of like size, starts with arrays large enough.
var scratchPool sync.Pool // of *scratch

// borrowScratch gives the splitter arrays kept from an earlier parse, when
// there are any.
func (sp *splitter) borrowScratch() {
	if s, ok := scratchPool.Get().(*scratch); ok {
		sp.mem = *s
	}
}

// returnScratch hands the splitter's arrays back for a later parse; the
// splitter must solve no pass after it (what a pass returned holds none
// of them).
func (sp *splitter) returnScratch() {
	s := sp.mem
	s.release(scratchMark{})
	s.starts.off, s.conts.off, s.ends.off = 0, 0, 0
	sp.mem = scratch{}
	scratchPool.Put(&s)
}
