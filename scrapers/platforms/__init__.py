"""One module per platform: the pure parser of its API responses and its base spider."""
