"""Scoring a built graph against gold annotations (precision, recall, F1).

`gold` reads the annotation files, `predicted` reads the graph through the
contract's terms only, `matching` pairs them as the guidelines say, and
`scorer` counts; `report` prints the tables and the error lists.
"""
