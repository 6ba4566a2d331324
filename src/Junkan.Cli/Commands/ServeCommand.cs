using System.CommandLine;
using Junkan.Web;
using Microsoft.Extensions.Hosting;

namespace Junkan.Cli.Commands;

/// <summary>
/// <c>junkan serve</c>: the web application on Kestrel, 127.0.0.1:5080 by default. A non-loopback <c>--host</c> is
/// refused (exit 1) unless an API key is given (<c>--api-key</c> or <c>JUNKAN_API_KEY</c>); write endpoints then require it.
/// </summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "Port (0 = any free port)", DefaultValueFactory = _ => ServeOptions.DefaultPort };
        var host = new Option<string>("--host") { Description = "Address to listen on; anything but loopback needs an API key", DefaultValueFactory = _ => "127.0.0.1" };
        var data = CommonOptions.Data();
        var settings = CommonOptions.Settings();
        var store = new Option<string>("--store") { Description = "SQLite file for scenarios, weight sets and runs (created on first start)", DefaultValueFactory = _ => ServeOptions.DefaultStore };
        var key = new Option<string?>("--api-key") { Description = "API key that write requests must send in X-Api-Key (default: JUNKAN_API_KEY)" };
        var cmd = new Command("serve", "Start the web application (overview, element pages, policy tool, selection, exports)") { port, host, data, settings, store, key };
        cmd.SetAction(p => Run(new ServeOptions
        {
            Port = p.GetValue(port),
            Host = p.GetValue(host)!,
            DataFolder = p.GetValue(data),
            RiskSettingsFile = p.GetValue(settings),
            StoreFile = p.GetValue(store)!,
            ApiKey = p.GetValue(key) ?? Environment.GetEnvironmentVariable("JUNKAN_API_KEY"),
        }));
        return cmd;
    }

    private static int Run(ServeOptions options)
    {
        var app = JunkanServer.Build([], options.Checked());
        app.Start();
        foreach (var url in app.Urls) Console.Error.WriteLine($"Junkan web: {url} (Ctrl+C to stop)");
        app.WaitForShutdown();
        return ExitCodes.Success;
    }
}
