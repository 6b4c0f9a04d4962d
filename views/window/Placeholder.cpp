// Placeholder until this folder's views exist.
