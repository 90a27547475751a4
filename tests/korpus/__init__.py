"""Development corpus: documents written the way other authorities write them (issue 8)."""
