// Package export writes a model.Plan in the formats annex produces: JSON and
// YAML in the annex/v1 contract (and reads them back, so that a clerk can fix
// a YAML file by hand and convert it again).
//
// YAML has exactly the JSON shape: the same keys in the same order. Text with
// paragraph breaks is written as a literal block. Reading is strict: an
// unknown key or a wrong schema is an error that names the key.
package export
