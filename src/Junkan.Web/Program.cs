using Junkan.Core.Inputs;

namespace Junkan.Web;

/// <summary>Entry point of the web application alone (<c>dotnet run --project src/Junkan.Web</c>); <c>junkan serve</c> calls <see cref="JunkanServer"/> directly.</summary>
public sealed class Program
{
    private Program() { }

    /// <summary>Options from configuration (<c>Junkan:Host</c>, <c>Junkan:Port</c>, <c>Junkan:Data</c>, <c>Junkan:Store</c>, <c>Junkan:ApiKey</c>; env <c>JUNKAN_API_KEY</c>).</summary>
    public static int Main(string[] args)
    {
        try
        {
            var app = JunkanServer.Build(args, null);
            app.Run();
            return 0;
        }
        catch (InputException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }
}
