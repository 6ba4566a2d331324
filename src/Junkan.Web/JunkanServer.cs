using System.Text.Json.Serialization;
using Junkan.Application;
using Junkan.Web.Features.Data;
using Junkan.Web.Features.Elements;
using Junkan.Web.Features.Exports;
using Junkan.Web.Features.Flows;
using Junkan.Web.Features.Networks;
using Junkan.Web.Features.Pages;
using Junkan.Web.Features.Policy;
using Junkan.Web.Features.Recyclability;
using Junkan.Web.Features.Selection;
using Junkan.Web.Hosting;
using Junkan.Web.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Junkan.Web;

/// <summary>Builds the web application: services (workspace, store, selection runs), middleware and the feature endpoints.</summary>
public static class JunkanServer
{
    /// <summary>
    /// A background selection run holds one thread-pool thread for its whole run; with the pool's default minimum of one
    /// thread per core, requests then queued for the pool's slow thread injection (about one thread per 0.5 s): the load
    /// test measured p95 5.0 s while a run was active. Sixteen threads per core start at once instead.
    /// </summary>
    private static void EnsureThreadsForRequests()
    {
        ThreadPool.GetMinThreads(out int workers, out int io);
        int wanted = 16 * Environment.ProcessorCount;
        if (workers < wanted) ThreadPool.SetMinThreads(wanted, io);
    }

    /// <summary>
    /// The application for <paramref name="options"/>; null reads them from configuration (section <c>Junkan</c>) when
    /// first needed, so that test hosts can override them. The options are checked when the host starts.
    /// </summary>
    public static WebApplication Build(string[] args, ServeOptions? options)
    {
        EnsureThreadsForRequests();
        var builder = WebApplication.CreateSlimBuilder(args);
        var early = (options ?? Read(builder.Configuration)).Checked();   // before Kestrel binds anything
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.WebHost.UseKestrel(k => k.Limits.MaxRequestBodySize = Math.Max(early.MaxBodyBytes, BodyLimit.UploadBytes));
        builder.WebHost.UseUrls(early.Url);
        var services = builder.Services;
        services.AddSingleton(sp => (options ?? Read(sp.GetRequiredService<IConfiguration>())).Checked());
        services.AddSingleton(sp => new BundledData(Open(sp.GetRequiredService<ServeOptions>())));
        services.AddSingleton(sp => new SqliteStore(sp.GetRequiredService<ServeOptions>().StoreFile));
        services.AddSingleton<ActiveData>();
        // What a request reads: the context active when it began, and the views of that context, for the whole request.
        services.AddScoped(sp => sp.GetRequiredService<ActiveData>().Current);
        services.AddScoped(sp => sp.GetRequiredService<DataContext>().Workspace);
        services.AddScoped(sp => sp.GetRequiredService<DataContext>().Workspaces);
        services.AddScoped(sp => sp.GetRequiredService<DataContext>().Risk);
        services.AddScoped(sp => sp.GetRequiredService<DataContext>().Recyclability);
        services.AddScoped(sp => sp.GetRequiredService<DataContext>().Selection);
        services.AddScoped(sp => sp.GetRequiredService<DataContext>().Policy);
        services.AddScoped(sp => sp.GetRequiredService<DataContext>().Flows);
        services.AddScoped(sp => sp.GetRequiredService<DataContext>().Networks);
        services.AddScoped(sp => sp.GetRequiredService<DataContext>().Stocks);
        services.AddSingleton<SelectionRuns>();
        services.AddSingleton(sp => DataApi.Service(sp.GetRequiredService<BundledData>().Workspace));
        services.AddHostedService<StartupCheck>();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.Configure<JsonOptions>(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        var app = builder.Build();
        Configure(app);
        return app;
    }

    private static void Configure(WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = ProblemMapping.Handle });
        app.UseStatusCodePages();
        app.UseMiddleware<BodyLimit>();
        app.UseMiddleware<ApiKeyGuard>();
        app.Use(ActiveDataHeader.Add);
        app.MapOpenApi("/openapi/{documentName}.json");
        StaticAssets.Map(app);
        ElementsApi.Map(app);
        PolicyApi.Map(app);
        RecyclabilityApi.Map(app);
        SelectionApi.Map(app);
        ExportsApi.Map(app);
        FlowsApi.Map(app);
        NetworksApi.Map(app);
        Features.Structure.StructureApi.Map(app);
        Features.Stocks.StocksApi.Map(app);
        DataApi.Map(app);
        ActiveDataApi.Map(app);
        PageRoutes.Map(app);
    }

    private static Workspace Open(ServeOptions o) => Workspace.Open(DataCatalogue.Locate(o.DataFolder, o.RiskSettingsFile));

    /// <summary>Options from the <c>Junkan</c> configuration section; the API key also from <c>JUNKAN_API_KEY</c>.</summary>
    public static ServeOptions Read(IConfiguration c)
    {
        var s = c.GetSection("Junkan");
        return new ServeOptions
        {
            Host = s["Host"] ?? "127.0.0.1",
            Port = int.TryParse(s["Port"], out var p) ? p : ServeOptions.DefaultPort,
            DataFolder = s["Data"],
            RiskSettingsFile = s["Settings"],
            StoreFile = s["Store"] ?? ServeOptions.DefaultStore,
            ApiKey = s["ApiKey"] ?? Environment.GetEnvironmentVariable("JUNKAN_API_KEY"),
            MaxBodyBytes = long.TryParse(s["MaxBodyBytes"], out var m) ? m : Core.Inputs.InputLimits.MaxDocumentBytes,
        };
    }
}
