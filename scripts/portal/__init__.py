"""The Datasette portal: merged metadata, templates, the front-door plugin and `serve`."""
