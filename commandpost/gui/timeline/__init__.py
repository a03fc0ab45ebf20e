"""The stage timeline: stage list and chart (a dock), and the stage clock in the header."""
