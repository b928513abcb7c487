"""The agents: a router and the specialists it sends work to, wired as a LangGraph graph."""
