"""Small dialogs laid over a screen."""
