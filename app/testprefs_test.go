package app

import (
	"slices"
	"sync"

	"fyne.io/fyne/v2"
)

// memoryPrefs is a fyne.Preferences held in memory, one per test, so that
// tests sharing a test app do not see each other's preferences.
type memoryPrefs struct {
	mu        sync.Mutex
	values    map[string]any
	listeners []func()
}

var _ fyne.Preferences = (*memoryPrefs)(nil)

func newMemoryPrefs() *memoryPrefs { return &memoryPrefs{values: map[string]any{}} }

func get[T any](p *memoryPrefs, key string, fallback T) T {
	p.mu.Lock()
	defer p.mu.Unlock()
	if v, ok := p.values[key].(T); ok {
		return v
	}
	return fallback
}

func set(p *memoryPrefs, key string, v any) {
	p.mu.Lock()
	p.values[key] = v
	ls := slices.Clone(p.listeners)
	p.mu.Unlock()
	for _, l := range ls {
		l()
	}
}

func (p *memoryPrefs) Bool(k string) bool                     { return get(p, k, false) }
func (p *memoryPrefs) BoolWithFallback(k string, f bool) bool { return get(p, k, f) }
func (p *memoryPrefs) SetBool(k string, v bool)               { set(p, k, v) }
func (p *memoryPrefs) BoolList(k string) []bool               { return get[[]bool](p, k, nil) }
func (p *memoryPrefs) BoolListWithFallback(k string, f []bool) []bool {
	return get(p, k, f)
}
func (p *memoryPrefs) SetBoolList(k string, v []bool)                { set(p, k, slices.Clone(v)) }
func (p *memoryPrefs) Float(k string) float64                        { return get(p, k, 0.0) }
func (p *memoryPrefs) FloatWithFallback(k string, f float64) float64 { return get(p, k, f) }
func (p *memoryPrefs) SetFloat(k string, v float64)                  { set(p, k, v) }
func (p *memoryPrefs) FloatList(k string) []float64                  { return get[[]float64](p, k, nil) }
func (p *memoryPrefs) FloatListWithFallback(k string, f []float64) []float64 {
	return get(p, k, f)
}
func (p *memoryPrefs) SetFloatList(k string, v []float64)  { set(p, k, slices.Clone(v)) }
func (p *memoryPrefs) Int(k string) int                    { return get(p, k, 0) }
func (p *memoryPrefs) IntWithFallback(k string, f int) int { return get(p, k, f) }
func (p *memoryPrefs) SetInt(k string, v int)              { set(p, k, v) }
func (p *memoryPrefs) IntList(k string) []int              { return get[[]int](p, k, nil) }
func (p *memoryPrefs) IntListWithFallback(k string, f []int) []int {
	return get(p, k, f)
}
func (p *memoryPrefs) SetIntList(k string, v []int)          { set(p, k, slices.Clone(v)) }
func (p *memoryPrefs) String(k string) string                { return get(p, k, "") }
func (p *memoryPrefs) StringWithFallback(k, f string) string { return get(p, k, f) }
func (p *memoryPrefs) SetString(k string, v string)          { set(p, k, v) }
func (p *memoryPrefs) StringList(k string) []string          { return get[[]string](p, k, nil) }
func (p *memoryPrefs) StringListWithFallback(k string, f []string) []string {
	return get(p, k, f)
}
func (p *memoryPrefs) SetStringList(k string, v []string) { set(p, k, slices.Clone(v)) }

func (p *memoryPrefs) RemoveValue(k string) {
	p.mu.Lock()
	delete(p.values, k)
	p.mu.Unlock()
}

func (p *memoryPrefs) AddChangeListener(l func()) {
	p.mu.Lock()
	p.listeners = append(p.listeners, l)
	p.mu.Unlock()
}

func (p *memoryPrefs) ChangeListeners() []func() {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.listeners)
}
