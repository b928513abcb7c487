"""The graph, as in the design: request → router → specialist(s) → answer."""

from __future__ import annotations

from typing import Any

from langgraph.graph import START, StateGraph

from chipsmith.agents import nodes
from chipsmith.agents.context import AgentContext
from chipsmith.agents.registry import SPECIALISTS
from chipsmith.agents.state import ChipState


def build_graph(checkpointer: Any = None) -> Any:
    g = StateGraph(ChipState, context_schema=AgentContext)
    g.add_node("router", nodes.router)
    g.add_node("dispatch", nodes.dispatch)
    for name in SPECIALISTS:
        g.add_node(name, nodes.specialist(name))  # type: ignore[arg-type]  # langgraph's overloads cannot infer the state type of a factory-made node
    g.add_edge(START, "router")
    return g.compile(checkpointer=checkpointer)
