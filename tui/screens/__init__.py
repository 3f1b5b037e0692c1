"""The reader's screens: each wires widgets together and answers their messages."""
