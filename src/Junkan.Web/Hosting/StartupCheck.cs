using Junkan.Application;
using Junkan.Web.Store;
using Microsoft.Extensions.Hosting;

namespace Junkan.Web.Hosting;

/// <summary>Checks the options, opens the data and migrates the store when the host starts, so that a bad address, data folder or store fails at once.</summary>
internal sealed class StartupCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = Get<ServeOptions>();
        _ = Get<Workspace>();
        Get<SqliteStore>().Migrate();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private T Get<T>() where T : notnull => (T)services.GetService(typeof(T))!;
}
