"""Police strength: units, their jurisdiction and the people in them."""
