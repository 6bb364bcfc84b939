"""What leaves the warehouse for people: shortlist files (CSV, Parquet, Markdown, HTML) and charts."""
