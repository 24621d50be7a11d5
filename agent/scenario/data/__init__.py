"""Hand-written scenario data: the parts that the bundled supplier emails depend on."""
