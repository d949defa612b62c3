"""Developer tools: code generators that run at development time, never in the app."""
