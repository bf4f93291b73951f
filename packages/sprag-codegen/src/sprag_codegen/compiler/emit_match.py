"""match/case: lowered to if-chains over subject tests (filled in by the match pass)."""
