using Junkan.Core.Inputs;

namespace Junkan.Cli.Commands;

/// <summary>Turns an option's text into a domain value; a value the domain refuses becomes a <see cref="UsageException"/> naming the option.</summary>
internal static class OptionValue
{
    public static T Parse<T>(string option, string text, Func<string, T> parse)
    {
        try
        {
            return parse(text);
        }
        catch (ArgumentException e)
        {
            string problem = e.Message.StartsWith(option, StringComparison.Ordinal) ? e.Message : $"{option} {text}: {e.Message}";
            throw new UsageException(option, problem);
        }
    }
}
