"""ReformDesk 改革方案编制助手: draft town institutional reform plans offline."""

__version__ = "0.1.0"
