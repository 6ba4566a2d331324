using Microsoft.Extensions.Logging;

namespace Junkan.Web.Hosting;

/// <summary>The server's log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Error, Message = "Internal error on {Path}")]
    public static partial void InternalError(ILogger logger, Exception? exception, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Selection run {Id} failed")]
    public static partial void RunFailed(ILogger logger, Exception exception, string id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The active data set {Id} could not be opened; the bundled data are used")]
    public static partial void ActiveDataFailed(ILogger logger, Exception exception, string id);
}
