"""kimdocs web."""
