"""The knowledge store the agents cite: chromadb with offline MiniLM embeddings fused with BM25.

Agents use ``ctx.knowledge.search(query, k=5, kind=None, part=None)``; each hit's
``.text`` goes into the prompt and ``.citation()`` into the answer.
"""
