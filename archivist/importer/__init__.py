"""Import raw scraped pages (text dumps or saved HTML) as clean archive articles."""
