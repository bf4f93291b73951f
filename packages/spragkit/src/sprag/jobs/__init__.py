"""Jobs (to come): the job contract over specter's ``QueueService``, with the job store of
``backends`` (memory by default, Redis Streams consumer groups when configured).
"""
