"""The seed corpus: YAML knowledge cards the project writes and ships (loaded by ``KnowledgeStore.seed``)."""
