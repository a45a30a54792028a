"""Turning resolved texts into RDF quads (rdflib terms), graph by graph.

* `texts`: one named graph per text (what the text says);
* `entities`: the corpus-wide description of every entity;
* `evidence`: the NIF text graph and the PROV provenance graph.
"""
