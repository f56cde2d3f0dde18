"""The demo-world generator: a seeded, internally consistent company and its audiences."""

from socialscope.demo.config import DemoConfig
from socialscope.demo.generate import generate, load_demo

__all__ = ["DemoConfig", "generate", "load_demo"]
