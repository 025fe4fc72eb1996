"""Qt table models over the services' views; lazy where the lists are large."""
