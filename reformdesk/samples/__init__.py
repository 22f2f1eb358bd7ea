"""Sample plans for Qiaotou and a generator of large synthetic plans."""
