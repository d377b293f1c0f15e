using System;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Serpstat.Client;

/// <summary>Registers <see cref="SerpstatClient"/> as a typed HTTP client.</summary>
public static class SerpstatServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="SerpstatClient"/> as a typed client of <c>IHttpClientFactory</c>, which owns and recycles
    /// the handlers, with one <see cref="SerpstatRequestPacer"/> shared by every client it resolves. A
    /// <see cref="TimeProvider"/> in the container, when there is one, drives pacing, retries and timeouts.
    /// </summary>
    /// <remarks>
    /// The factory's own request loggers are removed: they log the URL, query-string token and all, and before .NET 9
    /// every header's value. The client logs each call itself, without the token. A logger added back on the returned
    /// builder sees the <c>token</c> header redacted, but the query string as it is.
    /// </remarks>
    /// <returns>The HTTP client builder, to add handlers or configure the primary handler.</returns>
    public static IHttpClientBuilder AddSerpstatClient(
        this IServiceCollection services,
        Action<SerpstatClientOptions> configure)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        if (configure is null)
        {
            throw new ArgumentNullException(nameof(configure));
        }

        var options = new SerpstatClientOptions();
        configure(options);
        options.Validate();
        services.AddSingleton(options);
        services.AddSingleton(
            provider => new SerpstatRequestPacer(options.RequestsPerSecond, provider.GetService<TimeProvider>()));
        var builder = services.AddHttpClient(nameof(SerpstatClient))
            .RemoveAllLoggers()
            .RedactLoggedHeaders(new[] { SerpstatClient.TokenName });
        builder.AddTypedClient((HttpClient httpClient, IServiceProvider provider) => new SerpstatClient(
            httpClient,
            options,
            provider.GetRequiredService<SerpstatRequestPacer>(),
            provider.GetService<ILogger<SerpstatClient>>(),
            provider.GetService<TimeProvider>()));
        return builder;
    }
}
