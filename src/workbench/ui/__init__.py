"""The Qt user interface. Only this package imports Qt; it calls services for every
change and read-queries for views, and never builds SQL or commits itself."""
