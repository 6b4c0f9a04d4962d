// Replaced as views are added.
