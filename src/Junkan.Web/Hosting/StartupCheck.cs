using Junkan.Web.Store;
using Microsoft.Extensions.Hosting;

namespace Junkan.Web.Hosting;

/// <summary>Checks the options, opens the data and migrates the store when the host starts, so that a bad address, data folder or store fails at once.</summary>
internal sealed class StartupCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Get<ServeOptions>();
        _ = Get<Web.Features.Data.BundledData>();
        Get<SqliteStore>().Migrate();
        _ = Get<Web.Features.Data.ActiveData>().Current;   // the data set recorded as active, opened now
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private T Get<T>() where T : notnull => (T)services.GetService(typeof(T))!;
}
