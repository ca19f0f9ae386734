"""Client-side search: the shared tokenizer and the sharded static index."""
