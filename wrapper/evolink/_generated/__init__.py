"""Code generated from spec/ by `make generate`: never edited by hand."""
