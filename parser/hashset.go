package parser

// hashSet is a set of 64-bit hashes with open addressing: the parser asks
// about word pairs and word forms on every line break the search tries,
// and a set of plain integers needs no hashing of its own keys (they are
// hashes already) nor any allocation once it has grown.
type hashSet struct {
	slots []uint64 // 0 marks an empty slot; the key 0 is kept aside
	n     int
	zero  bool
}

// hashSetLoad is the share of slots in use above which the set grows.
const hashSetLoad = 0.5

// newHashSet returns a set with room for about n keys.
func newHashSet(n int) *hashSet {
	size := 16
	for float64(n) > hashSetLoad*float64(size) {
		size *= 2
	}
	return &hashSet{slots: make([]uint64, size)}
}

func (s *hashSet) add(k uint64) {
	if k == 0 {
		s.zero = true
		return
	}
	if float64(s.n+1) > hashSetLoad*float64(len(s.slots)) {
		s.grow()
	}
	if i := probe(s.slots, k); s.slots[i] == 0 {
		s.slots[i] = k
		s.n++
	}
}

func (s *hashSet) has(k uint64) bool {
	if k == 0 {
		return s.zero
	}
	return len(s.slots) > 0 && s.slots[probe(s.slots, k)] == k
}

// probe returns the slot of slots (a power of two of them, not all in
// use) that holds the key k (not 0), or the empty slot where it goes:
// linear probing from the slot its low bits name.
func probe(slots []uint64, k uint64) uint64 {
	mask := uint64(len(slots) - 1)
	i := k & mask
	for slots[i] != k && slots[i] != 0 {
		i = (i + 1) & mask
	}
	return i
}

func (s *hashSet) grow() {
	old := s.slots
	s.slots, s.n = make([]uint64, max(16, 2*len(old))), 0
	for _, k := range old {
		if k != 0 {
			s.add(k)
		}
	}
}

// hashFlags maps 64-bit hashes to flag bits, laid out as hashSet is: the
// merged vocabularies a line's opening words are looked up in, once for
// every line of the table.
type hashFlags struct {
	keys  []uint64 // 0 marks an empty slot; the key 0 is kept aside
	flags []uint8
	n     int
	zero  uint8
}

// or sets the bits f on key k.
func (m *hashFlags) or(k uint64, f uint8) {
	if k == 0 {
		m.zero |= f
		return
	}
	if float64(m.n+1) > hashSetLoad*float64(len(m.keys)) {
		m.grow()
	}
	i := probe(m.keys, k)
	if m.keys[i] == 0 {
		m.keys[i] = k
		m.n++
	}
	m.flags[i] |= f
}

// get returns the bits set on key k, 0 when it has none.
func (m *hashFlags) get(k uint64) uint8 {
	if k == 0 {
		return m.zero
	}
	if len(m.keys) == 0 {
		return 0
	}
	if i := probe(m.keys, k); m.keys[i] == k {
		return m.flags[i]
	}
	return 0
}

func (m *hashFlags) grow() {
	keys, flags := m.keys, m.flags
	size := max(16, 2*len(keys))
	m.keys, m.flags, m.n = make([]uint64, size), make([]uint8, size), 0
	for i, k := range keys {
		if k != 0 {
			m.or(k, flags[i])
		}
	}
}
