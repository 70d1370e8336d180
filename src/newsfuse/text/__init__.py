"""Text utilities: sentence segmentation with offsets, tokens, and page-furniture detection."""
