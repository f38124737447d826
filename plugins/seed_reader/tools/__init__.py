"""The seed reader's tools for maintainers: `make explain`, `make review`, `make eval`, and
the loop that cleans a folder of seeds as the build does (the reports share it)."""
