// The browser tests share one Chromium and one server; the API tests each start their own host. Serial keeps the 2-core CI machine responsive.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
