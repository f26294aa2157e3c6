export function FactLegend() {
  return (
    <dl className="legend" aria-label="How to read the table">
      <div>
        <dt>
          <span className="status-mark">●</span> Makes / Offers / Has experience
        </dt>
        <dd>
          a source says Iran makes it, offers it (making it is not stated), or has long experience
          with the system
        </dd>
      </div>
      <div>
        <dt>
          <span className="status-mark">○</span> Not reported
        </dt>
        <dd>no source says so: the sources are silent, not negative</dd>
      </div>
      <div>
        <dt>· inferred</dt>
        <dd>the source implies it without saying it outright</dd>
      </div>
      <div>
        <dt>
          <span className="cite-button cite-sourced">S000</span>
        </dt>
        <dd>a fact from a source document: press it to see where</dd>
      </div>
      <div>
        <dt>
          <span className="cite-button cite-reference">ref</span>
        </dt>
        <dd>general reference: a standard fact no source states</dd>
      </div>
      <div>
        <dt>
          <span className="cite-button cite-derived">rule</span>
        </dt>
        <dd>worked out from the sourced records</dd>
      </div>
    </dl>
  );
}
