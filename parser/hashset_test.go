package parser

import "testing"

func TestHashSet(t *testing.T) {
	s := newHashSet(0)
	keys := []uint64{0, 1, 17, 1 << 63, 33, 49} // 1, 17, 33, 49 share a slot in a small table
	for _, k := range keys {
		if s.has(k) {
			t.Errorf("empty set has %d", k)
		}
	}
	for i := range 1000 { // grows many times
		s.add(uint64(i) * 16)
	}
	for _, k := range keys {
		s.add(k)
		s.add(k) // twice: still one key
	}
	for _, k := range keys {
		if !s.has(k) {
			t.Errorf("set lacks %d", k)
		}
	}
	for i := range 1000 {
		if !s.has(uint64(i) * 16) {
			t.Fatalf("set lacks %d after growing", i*16)
		}
		if i > 0 && s.has(uint64(i)*16+3) {
			t.Fatalf("set has %d, never added", i*16+3)
		}
	}
	if want := 1000 + len(keys) - 1; s.n+boolInt(s.zero) != want { // 0 and 16·0 are one key
		t.Errorf("set holds %d keys, want %d", s.n+boolInt(s.zero), want)
	}
	var none hashSet
	if none.has(5) {
		t.Error("zero-value set has a key")
	}
}

func TestHashFlags(t *testing.T) {
	var m hashFlags
	if m.get(7) != 0 || m.get(0) != 0 {
		t.Error("empty map has flags")
	}
	for i := range 1000 { // grows many times; 16·i share slots in small tables
		m.or(uint64(i)*16, 1)
	}
	m.or(0, 2)
	m.or(32, 4)
	m.or(32, 2)
	for i := range 1000 {
		want := uint8(1)
		switch i {
		case 0:
			want = 3 // the key 0, kept aside
		case 2:
			want = 7
		}
		if got := m.get(uint64(i) * 16); got != want {
			t.Fatalf("get(%d) = %d, want %d", i*16, got, want)
		}
		if m.get(uint64(i)*16+3) != 0 {
			t.Fatalf("key %d has flags, never set", i*16+3)
		}
	}
}
